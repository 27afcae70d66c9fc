package org.crimeledger.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the service where to find it, once it is ready for requests. */
@Component
class ServiceAddress {

    private static final Logger log = LoggerFactory.getLogger(ServiceAddress.class);

    @EventListener(ApplicationReadyEvent.class)
    void announce(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            log.info("crimeledger is ready at http://localhost:{}/", web.getWebServer().getPort());
        }
    }
}
