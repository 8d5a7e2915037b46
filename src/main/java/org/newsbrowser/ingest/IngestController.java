package org.newsbrowser.ingest;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The ingest status, as JSON and as a page with a progress bar. */
@Controller
class IngestController {

    private final IngestProgress progress;
    private final IngestFailureRepository failures;

    IngestController(IngestProgress progress, IngestFailureRepository failures) {
        this.progress = progress;
        this.failures = failures;
    }

    @GetMapping("/api/ingest")
    @ResponseBody
    IngestStatus status() {
        return IngestStatus.of(progress, failures.findAllByOrderBySource());
    }

    @GetMapping("/ingest")
    String page(Model model) {
        IngestStatus status = status();
        model.addAttribute("status", status);
        if (status.state() == IngestProgress.State.RUNNING) {
            model.addAttribute("refreshSeconds", 2);
        }
        return "ingest/status";
    }

    /** The status JSON: state, file counts of this run, and every file that failed, with why. */
    record IngestStatus(IngestProgress.State state, int total, int processed, int ingested, int skipped, int failed,
                        int percent, List<FailureJson> failures) {

        static IngestStatus of(IngestProgress progress, List<IngestFailure> failures) {
            return new IngestStatus(progress.state(), progress.total(), progress.processed(),
                    progress.ingestedCount(), progress.skippedCount(), progress.failedCount(), progress.percent(),
                    failures.stream().map(f -> new FailureJson(f.getSource(), f.getReason())).toList());
        }
    }

    /** A file that was not ingested. */
    record FailureJson(String source, String reason) {
    }
}
