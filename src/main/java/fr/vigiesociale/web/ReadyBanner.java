package fr.vigiesociale.web;

import fr.vigiesociale.api.RuleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says, once the server answers, where to open it and which rules it runs: the line a newcomer waits for. */
@Component
class ReadyBanner {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyBanner.class);

    private final RuleBase rules;

    ReadyBanner(RuleBase rules) {
        this.rules = rules;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : 8080;
        var info = rules.info();
        LOG.info("Vigie sociale est prête : http://localhost:{}/ (règles {} v{}, {} règles)", port, info.name(), info.version(),
                info.rules());
    }
}
