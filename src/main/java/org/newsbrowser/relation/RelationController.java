package org.newsbrowser.relation;

import java.util.function.Function;
import org.newsbrowser.system.CacheablePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The relationship page of two entities: where and how the news names them together. */
@CacheablePage
@Controller
class RelationController {

    private final RelationPages pages;

    RelationController(RelationPages pages) {
        this.pages = pages;
    }

    @GetMapping("/relations")
    String relation(@RequestParam(required = false) String a, @RequestParam(required = false) String b,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        RelationPages.Relation relation = pages.find(a, b, page);
        model.addAttribute("relation", relation);
        model.addAttribute("swapUrl", EntityKey.url(relation.b(), relation.a()));
        model.addAttribute("pageUrl", (Function<Integer, String>) n -> UriComponentsBuilder.fromPath("/relations")
                .queryParam("a", EntityKey.of(relation.a())).queryParam("b", EntityKey.of(relation.b()))
                .queryParamIfPresent("page", n == 0 ? java.util.Optional.empty() : java.util.Optional.of(n))
                .build().encode().toUriString());
        return "relation/relation";
    }
}
