package org.newsbrowser.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.BDDMockito.given;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsbrowser.TestCorpus;
import org.newsbrowser.article.Article;
import org.newsbrowser.entity.Appearance;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.EntityDecisionRepository;
import org.newsbrowser.entity.EntityMerger;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.MentionRepository;
import org.newsbrowser.entity.NameKey;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.entity.NamedEntityRepository;
import org.newsbrowser.entity.Organization;
import org.newsbrowser.entity.Person;
import org.newsbrowser.extract.CountryGazetteer;
import org.newsbrowser.extract.ExtractedMention;
import org.newsbrowser.ingest.EntityResolver;
import org.newsbrowser.ingest.IngestProgress;
import org.newsbrowser.quote.PersonQuote;
import org.newsbrowser.quote.Quote;
import org.newsbrowser.quote.QuoteAttributor;
import org.newsbrowser.quote.QuoteRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.newsbrowser.JpaSliceTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.web.server.ResponseStatusException;

/**
 * Merge, rename, hide and their undo against the database, with the decisions ingest reads afterwards: how
 * appearances combine, which names resolve where, and what comes back on undo. Invented names throughout. Not a
 * {@code @DatabaseTest}: its Mockito beans cannot be made in the PostgreSQL run's JVM (migration V6, the hidden
 * filters and the aboutness ranking do run on PostgreSQL, in the seed-corpus and repository tests).
 */
@JpaSliceTest
@Import({Curation.class, EntityMerger.class, EntityResolver.class, CurationTests.Clocks.class})
class CurationTests {

    private static final Curator ANNA = new Curator("anna", "10.0.0.7");

    @Autowired
    Curation curation;

    @Autowired
    EntityResolver resolver;

    @Autowired
    NamedEntityRepository entities;

    @Autowired
    AppearanceRepository appearances;

    @Autowired
    MentionRepository mentions;

    @Autowired
    EntityDecisionRepository decisions;

    @Autowired
    CurationActionRepository actions;

    @Autowired
    MergeDismissalRepository dismissals;

    @Autowired
    QuoteRepository quotes;

    @MockitoBean
    IngestProgress ingest;

    @Autowired
    TestEntityManager em;

    @MockitoBean
    CountryGazetteer gazetteer;

    TestCorpus corpus;
    Person full;
    Person initial;
    Article both;
    Article onlyInitial;

    @TestConfiguration
    static class Clocks {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        }
    }

    @BeforeEach
    void corpus() {
        given(ingest.state()).willReturn(IngestProgress.State.DONE);
        corpus = new TestCorpus(em);
        full = corpus.entity(new Person("Maren Oskarsdottir"));
        initial = corpus.entity(new Person("M. Oskarsdottir"));
        both = corpus.article("Both", "M. Oskarsdottir spoke. Later Maren Oskarsdottir and Maren Oskarsdottir"
                + " spoke again, and Maren Oskarsdottir left.", null);
        onlyInitial = corpus.article("Only initial", "Intro text here. M. Oskarsdottir arrived.", null);
        corpus.mentions(both, initial, "M. Oskarsdottir", 0);
        corpus.mentions(both, full, "Maren Oskarsdottir", 29, 52, 92);
        corpus.mentions(onlyInitial, initial, "M. Oskarsdottir", 17);
        corpus.flush();
    }

    @Test
    void mergeMovesMentionsAndCombinesAppearancesInArticlesBothAppearIn() {
        CurationAction action = curation.merge(initial.getId(), full.getId(), ANNA);
        corpus.flush();

        assertThat(entities.findById(initial.getId())).isEmpty();
        assertThat(appearances.findByEntity(reload(full)))
                .extracting(ap -> ap.getArticle().getTitle(), Appearance::getMentionCount, Appearance::getFirstOffset)
                .containsExactlyInAnyOrder(tuple("Both", 4, 0), tuple("Only initial", 1, 17));
        assertThat(mentions.findNormalizedOf(reload(full)))
                .containsExactlyInAnyOrder("M. Oskarsdottir", "Maren Oskarsdottir");
        assertThat(action.getCurator()).isEqualTo("anna");
        assertThat(action.getRemoteAddress()).isEqualTo("10.0.0.7");
        assertThat(action.getPerformedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void combinedAppearanceIsProminentAndInTheLeadWhenEitherWas() {
        Person kept = mergeInOneArticle(new Named(2, 40, false, new Appearance.Placement(false, false, 500)),
                new Named(3, 5, true, new Appearance.Placement(true, true, 500)));

        Appearance combined = appearances.findByEntity(reload(kept)).get(0);
        assertThat(combined.getMentionCount()).isEqualTo(5);
        assertThat(combined.getFirstOffset()).isEqualTo(5);
        assertThat(combined.isProminent()).isTrue();
        assertThat(combined.isInHeadline()).isTrue();
        assertThat(combined.isInLead()).isTrue();
    }

    @Test
    void combinedAppearanceIsRankedByItsCombinedCounts() {
        // Scored 1.0 and 3.5 before the merge; combined, named in the headline with three mentions in 2,000 characters.
        Person kept = mergeInOneArticle(new Named(2, 40, false, new Appearance.Placement(false, false, 2000)),
                new Named(1, 5, false, new Appearance.Placement(true, false, 2000)));

        assertThat(appearances.findArticles(kept.getId(), PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(listed -> assertThat(listed.aboutness()).isCloseTo(4.5, within(1e-9)));
    }

    /** How a person is named in an article: the figures of an {@link Appearance}. */
    private record Named(int mentions, int firstOffset, boolean prominent, Appearance.Placement placement) {

        void persist(TestEntityManager em, Article article, Person person) {
            em.persist(new Appearance(article, person, mentions, firstOffset, prominent, placement));
        }
    }

    /** Two people named in one article, the first merged into the second, which is returned. */
    private Person mergeInOneArticle(Named merged, Named kept) {
        Person duplicate = corpus.entity(new Person("Ilse Varga"));
        Person person = corpus.entity(new Person("I. Varga"));
        Article article = corpus.article("Varga", null);
        merged.persist(em, article, duplicate);
        kept.persist(em, article, person);
        corpus.flush();

        curation.merge(duplicate.getId(), person.getId(), ANNA);
        corpus.flush();
        return person;
    }

    @Test
    void aMergedNameResolvesToTheKeptEntityEvenAfterThatEntityIsGoneAndComesBack() {
        curation.merge(initial.getId(), full.getId(), ANNA);
        corpus.flush();
        assertThat(resolver.resolve(EntityType.PERSON, "M. Oskarsdottir").getId()).isEqualTo(full.getId());

        em.getEntityManager().createQuery("delete from Mention").executeUpdate();
        em.getEntityManager().createQuery("delete from Appearance").executeUpdate();
        entities.deleteUnmentioned();
        corpus.flush();

        NamedEntity recreated = resolver.resolve(EntityType.PERSON, "M. Oskarsdottir");
        assertThat(recreated.getName()).isEqualTo("Maren Oskarsdottir");
        assertThat(recreated.getNameKey()).isEqualTo(NameKey.of("Maren Oskarsdottir"));
    }

    @Test
    void undoingAMergeBringsTheEntityBackWithItsOwnMentionsAndAppearances() {
        CurationAction merge = curation.merge(initial.getId(), full.getId(), ANNA);
        corpus.flush();

        curation.undo(merge.getId(), new Curator("ben", "10.0.0.8"));
        corpus.flush();

        NamedEntity restored = entities.findByTypeAndNameKey(EntityType.PERSON, NameKey.of("M. Oskarsdottir")).orElseThrow();
        assertThat(restored.getName()).isEqualTo("M. Oskarsdottir");
        assertThat(appearances.findByEntity(restored))
                .extracting(ap -> ap.getArticle().getTitle(), Appearance::getMentionCount, Appearance::getFirstOffset)
                .containsExactlyInAnyOrder(tuple("Both", 1, 0), tuple("Only initial", 1, 17));
        assertThat(appearances.findByEntity(reload(full)))
                .extracting(ap -> ap.getArticle().getTitle(), Appearance::getMentionCount, Appearance::getFirstOffset)
                .containsExactly(tuple("Both", 3, 29));
        assertThat(resolver.resolve(EntityType.PERSON, "M. Oskarsdottir").getId()).isEqualTo(restored.getId());
        assertThat(decisions.findAll()).allMatch(d -> d.getResolvesTo() == null);
        CurationAction undone = actions.findById(merge.getId()).orElseThrow();
        assertThat(undone.getUndoneBy()).isEqualTo("ben");
        assertThat(undone.getEntityPath()).isEqualTo("/people/" + restored.getId());
    }

    @Test
    void undoingAMergeGivesTheEntityBackTheQuotesOfItsOwnNames() {
        String text = "M. Oskarsdottir said: \"The harbour will stay open all winter.\" Later Maren Oskarsdottir told"
                + " reporters: \"We have the money for the new bridge.\" Fishermen were relieved.";
        Article quoted = corpus.article("Quoted", text, null);
        int initialAt = text.indexOf("M. Oskarsdottir");
        int fullAt = text.indexOf("Maren Oskarsdottir");
        corpus.mentions(quoted, initial, "M. Oskarsdottir", initialAt);
        corpus.mentions(quoted, full, "Maren Oskarsdottir", fullAt);
        List<ExtractedMention> found = List.of(
                new ExtractedMention(EntityType.PERSON, initialAt, initialAt + 15, "M. Oskarsdottir", "M. Oskarsdottir", "test"),
                new ExtractedMention(EntityType.PERSON, fullAt, fullAt + 18, "Maren Oskarsdottir", "Maren Oskarsdottir", "test"));
        for (QuoteAttributor.AttributedQuote q : new QuoteAttributor().attribute(text, found)) {
            em.persist(new Quote(quoted, q.speaker().equals("M. Oskarsdottir") ? initial : full, q.begin(), q.end(),
                    q.text(), q.cue()));
        }
        corpus.flush();
        assertThat(quoteTexts(initial)).as("as ingest attributes them").hasSize(1);
        assertThat(quoteTexts(full)).as("as ingest attributes them").hasSize(1);

        CurationAction merge = curation.merge(initial.getId(), full.getId(), ANNA);
        corpus.flush();
        assertThat(quoteTexts(full)).hasSize(2);

        curation.undo(merge.getId(), ANNA);
        corpus.flush();
        NamedEntity restored = entities.findByTypeAndNameKey(EntityType.PERSON, NameKey.of("M. Oskarsdottir")).orElseThrow();
        assertThat(quoteTexts(restored)).singleElement().asString().startsWith("The harbour will stay open");
        assertThat(quoteTexts(full)).singleElement().asString().startsWith("We have the money");
    }

    private List<String> quoteTexts(NamedEntity person) {
        return quotes.findByPerson(person.getId(), PageRequest.of(0, 10)).map(PersonQuote::text).getContent();
    }

    @Test
    void renameKeepsTheNameKeyAndBothNamesResolveToTheEntityUntilUndone() {
        CurationAction rename = curation.rename(full.getId(), "  Maren K. Oskarsdottir ", ANNA);
        corpus.flush();

        NamedEntity renamed = reload(full);
        assertThat(renamed.getName()).isEqualTo("Maren K. Oskarsdottir");
        assertThat(renamed.getNameKey()).isEqualTo(NameKey.of("Maren Oskarsdottir"));
        assertThat(resolver.resolve(EntityType.PERSON, "Maren K. Oskarsdottir").getId()).isEqualTo(full.getId());
        assertThat(resolver.resolve(EntityType.PERSON, "Maren Oskarsdottir").getId()).isEqualTo(full.getId());

        curation.undo(rename.getId(), ANNA);
        corpus.flush();

        assertThat(reload(full).getName()).isEqualTo("Maren Oskarsdottir");
        assertThat(decisions.findAll()).isEmpty();
        assertThat(resolver.resolve(EntityType.PERSON, "Maren K. Oskarsdottir").getId()).isNotEqualTo(full.getId());
    }

    @Test
    void renamingToTheNameOfAnotherEntityIsRefusedWithAHintToMerge() {
        assertThatThrownBy(() -> curation.rename(initial.getId(), "maren oskarsdóttir", ANNA))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getReason()).contains("Maren Oskarsdottir").contains("merge");
                });
        assertThatThrownBy(() -> curation.rename(initial.getId(), " \n ", ANNA))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void hiddenEntityLeavesTheIndexAndCoMentionsAndStaysHiddenWhenItComesBack() {
        curation.setHidden(initial.getId(), true, ANNA);
        corpus.flush();

        assertThat(entities.findIndex(EntityType.PERSON, PageRequest.of(0, 10)).getContent())
                .extracting(c -> c.entity().getName()).containsExactly("Maren Oskarsdottir");
        assertThat(entities.findCoMentioned(full.getId(), 5).get(EntityType.PERSON))
                .isEmpty();
        assertThat(mentions.findByArticle(both.getId())).extracting(m -> m.getEntity().getName())
                .containsOnly("Maren Oskarsdottir");

        em.getEntityManager().createQuery("delete from Mention m where m.entity.id = " + initial.getId()).executeUpdate();
        em.getEntityManager().createQuery("delete from Appearance a where a.entity.id = " + initial.getId()).executeUpdate();
        entities.deleteUnmentioned();
        corpus.flush();
        assertThat(resolver.resolve(EntityType.PERSON, "M. Oskarsdottir").isHidden()).isTrue();
    }

    @Test
    void undoingAHideShowsTheEntityAgain() {
        CurationAction hide = curation.setHidden(initial.getId(), true, ANNA);
        corpus.flush();
        curation.undo(hide.getId(), ANNA);
        corpus.flush();

        assertThat(reload(initial).isHidden()).isFalse();
        assertThat(entities.findIndex(EntityType.PERSON, PageRequest.of(0, 10)).getContent()).hasSize(2);
        assertThat(decisions.findAll()).isEmpty();
    }

    @Test
    void anActionIsUndoneOnlyAfterTheLaterActionsOnTheSameEntity() {
        CurationAction merge = curation.merge(initial.getId(), full.getId(), ANNA);
        CurationAction rename = curation.rename(full.getId(), "Maren Oskarsdottir-Lind", ANNA);
        corpus.flush();

        assertThatThrownBy(() -> curation.undo(merge.getId(), ANNA))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.getReason()).contains("Action " + rename.getId());
                });
        curation.undo(rename.getId(), ANNA);
        curation.undo(merge.getId(), ANNA);
        assertThatThrownBy(() -> curation.undo(merge.getId(), ANNA))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void entitiesOfDifferentTypesCountriesAndUnknownIdsAreRefused() {
        Organization org = corpus.entity(new Organization("Maren Oskarsdottir", null));
        corpus.flush();

        assertThatThrownBy(() -> curation.merge(org.getId(), full.getId(), ANNA))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThatThrownBy(() -> curation.merge(full.getId(), full.getId(), ANNA))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThatThrownBy(() -> curation.merge(full.getId(), 987654L, ANNA))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> curation.merge(full.getId(), "Nobody Atall", ANNA))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void mergeTargetCanBeNamedInsteadOfNumbered() {
        curation.merge(initial.getId(), "maren OSKARSDÓTTIR", ANNA);
        corpus.flush();
        assertThat(entities.findById(initial.getId())).isEmpty();
    }

    @Test
    void nothingIsCuratedWhileTheCorpusIsBeingIngested() {
        given(ingest.state()).willReturn(IngestProgress.State.RUNNING);
        assertThatThrownBy(() -> curation.setHidden(initial.getId(), true, ANNA))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT));
        assertThat(reload(initial).isHidden()).isFalse();
    }

    @Test
    void dismissedSuggestionIsRememberedByNameAndForgottenOnUndo() {
        CurationAction dismiss = curation.dismiss(initial.getId(), full.getId(), ANNA);
        curation.dismiss(full.getId(), initial.getId(), ANNA);
        corpus.flush();
        assertThat(dismissals.findAll()).hasSize(1);

        curation.undo(dismiss.getId(), ANNA);
        corpus.flush();
        assertThat(dismissals.findAll()).isEmpty();
        assertThat(actions.findLog(PageRequest.of(0, 10)).getContent()).extracting(CurationAction::getKind)
                .containsOnly(CurationKind.DISMISS);
    }

    private NamedEntity reload(NamedEntity entity) {
        return entities.findById(entity.getId()).orElseThrow();
    }
}
