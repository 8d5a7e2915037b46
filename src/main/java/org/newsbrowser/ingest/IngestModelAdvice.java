package org.newsbrowser.ingest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the ingest progress, so the layout can say while articles are still arriving. */
@ControllerAdvice(annotations = Controller.class)
class IngestModelAdvice {

    private final IngestProgress progress;

    IngestModelAdvice(IngestProgress progress) {
        this.progress = progress;
    }

    @ModelAttribute("ingest")
    IngestProgress ingest() {
        return progress;
    }
}
