// Progressive enhancement only: every page works without JavaScript.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// Print buttons: hidden until this script can make them work (no inline script is allowed by the policy).
document.querySelectorAll('[data-print-page]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});
