// Progressive enhancement of the import progress page: without JavaScript the page shows the progress when it was
// loaded, with a link to load it again. With it, the progress block is fetched afresh every two seconds until the
// import ends; no page reload, so the reader keeps their place and focus.
const REFRESH_MS = 2000;
const RETRY_MS = 5000;

const region = document.querySelector('[data-import-progress]');
const status = document.querySelector('[data-import-status]');

async function refresh() {
  try {
    const response = await fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
    if (!response.ok) {
      setTimeout(refresh, RETRY_MS);
      return;
    }
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const next = page.querySelector('[data-import-progress]');
    if (!next) {
      return;
    }
    region.replaceChildren(...Array.from(next.childNodes, (node) => document.importNode(node, true)));
    region.dataset.running = next.dataset.running;
    const nextStatus = page.querySelector('[data-import-status]');
    if (status && nextStatus) {
      status.textContent = nextStatus.textContent;
    }
    if (next.dataset.running === 'true') {
      setTimeout(refresh, REFRESH_MS);
    }
  } catch (error) {
    setTimeout(refresh, RETRY_MS);
  }
}

if (region && region.dataset.running === 'true') {
  setTimeout(refresh, REFRESH_MS);
}
