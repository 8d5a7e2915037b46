package org.newsbrowser.ingest;

import jakarta.servlet.http.HttpServletRequest;
import org.newsbrowser.system.PageCache;
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
    IngestProgress ingest(HttpServletRequest request) {
        if (progress.state() == IngestProgress.State.RUNNING) {
            // The layout's banner counts files as they go: a page that shows it is out of date a moment later.
            PageCache.doNotKeep(request);
        }
        return progress;
    }
}
