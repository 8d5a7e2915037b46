package org.newsbrowser.curation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Function;
import org.newsbrowser.entity.NamedEntityRepository;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The review queue of likely merges, the curation log, and the forms that merge, rename, hide, unhide, dismiss and
 * undo. Every change is a POST (answered with a redirect to a page showing the result); cross-site posts are
 * refused by {@code system.SameOriginFilter}.
 */
@Controller
@RequestMapping("/curation")
class CurationController {

    static final int LOG_PAGE_SIZE = 50;
    static final int HIDDEN_SHOWN = 200;
    private static final String QUEUE = "/curation";
    private static final String LOG = "/curation/log";

    private final Curation curation;
    private final MergeSuggestions suggestions;
    private final NamedEntityRepository entities;
    private final CurationActionRepository actions;

    CurationController(Curation curation, MergeSuggestions suggestions, NamedEntityRepository entities,
                       CurationActionRepository actions) {
        this.curation = curation;
        this.suggestions = suggestions;
        this.entities = entities;
        this.actions = actions;
    }

    @GetMapping
    String queue(Model model) {
        model.addAttribute("suggestions", suggestions.find());
        model.addAttribute("hidden", entities.findHidden(Limit.of(HIDDEN_SHOWN)));
        return "curation/queue";
    }

    @GetMapping("/log")
    String log(@RequestParam(defaultValue = "0") int page, Model model) {
        if (page < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more");
        }
        model.addAttribute("actions", actions.findLog(PageRequest.of(page, LOG_PAGE_SIZE)));
        model.addAttribute("pageUrl", (Function<Integer, String>) n -> LOG + (n == 0 ? "" : "?page=" + n));
        return "curation/log";
    }

    @PostMapping("/entities/{id}/merge")
    RedirectView merge(@PathVariable long id, @RequestParam String into, @RequestParam(required = false) String curator,
                       @RequestParam(required = false) String returnTo, HttpServletRequest request) {
        CurationAction action = curation.merge(id, into, curatorOf(curator, request));
        return seeOther(QUEUE.equals(returnTo) ? QUEUE : action.getTargetPath());
    }

    @PostMapping("/entities/{id}/rename")
    RedirectView rename(@PathVariable long id, @RequestParam String name,
                        @RequestParam(required = false) String curator, HttpServletRequest request) {
        return seeOther(curation.rename(id, name, curatorOf(curator, request)).getEntityPath());
    }

    @PostMapping("/entities/{id}/hide")
    RedirectView hide(@PathVariable long id, @RequestParam(required = false) String curator,
                      @RequestParam(required = false) String returnTo, HttpServletRequest request) {
        CurationAction action = curation.setHidden(id, true, curatorOf(curator, request));
        return seeOther(QUEUE.equals(returnTo) ? QUEUE : action.getEntityPath());
    }

    @PostMapping("/entities/{id}/unhide")
    RedirectView unhide(@PathVariable long id, @RequestParam(required = false) String curator,
                        @RequestParam(required = false) String returnTo, HttpServletRequest request) {
        CurationAction action = curation.setHidden(id, false, curatorOf(curator, request));
        return seeOther(QUEUE.equals(returnTo) ? QUEUE : action.getEntityPath());
    }

    @PostMapping("/suggestions/dismiss")
    RedirectView dismiss(@RequestParam long first, @RequestParam long second,
                         @RequestParam(required = false) String curator, HttpServletRequest request) {
        curation.dismiss(first, second, curatorOf(curator, request));
        return seeOther(QUEUE);
    }

    @PostMapping("/log/{id}/undo")
    RedirectView undo(@PathVariable long id, @RequestParam(required = false) String curator,
                      HttpServletRequest request) {
        curation.undo(id, curatorOf(curator, request));
        return seeOther(LOG);
    }

    private static Curator curatorOf(String typed, HttpServletRequest request) {
        return Curator.of(typed, request.getUserPrincipal(), request.getRemoteAddr());
    }

    /** A 303 redirect: the browser fetches the result page with GET, so reloading it posts nothing again. */
    private static RedirectView seeOther(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return view;
    }
}
