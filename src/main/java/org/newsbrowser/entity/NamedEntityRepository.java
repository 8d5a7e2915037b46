package org.newsbrowser.entity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** People, organizations, countries and topics, and the counts their index and co-mention panels show. */
public interface NamedEntityRepository extends JpaRepository<NamedEntity, Long> {

    @Query("select e from NamedEntity e where e.type = :type and e.nameKey = :nameKey")
    Optional<NamedEntity> findByTypeAndNameKey(EntityType type, String nameKey);

    @Query("select e from NamedEntity e where e.type = :type and e.nameKey in :nameKeys")
    List<NamedEntity> findByTypeAndNameKeys(EntityType type, Collection<String> nameKeys);

    @Query("select c from Country c where c.countryCode = :code")
    Optional<Country> findCountry(String code);

    @Query("select c from Country c where c.countryCode in :codes")
    List<Country> findCountries(Collection<String> codes);

    @Query("select e from NamedEntity e where e.type = :type")
    List<NamedEntity> findAllOfType(EntityType type);

    /** Every person's id, name and name key, in one statement and without entities to manage. */
    @Query("select new org.newsbrowser.entity.PersonNameKey(p.id, p.name, p.nameKey) from Person p")
    List<PersonNameKey> findPersonNameKeys();

    /** Deletes the entities no article mentions any more (a changed file may drop a name); returns how many. */
    @Modifying
    @Query("delete from NamedEntity e where not exists (select 1 from Appearance ap where ap.entity = e)")
    int deleteUnmentioned();

    /** The entities of the given types not hidden, with the number of articles mentioning each. */
    @Query("""
            select new org.newsbrowser.entity.EntityCount(e, count(ap)) from Appearance ap join ap.entity e
            where e.type in :types and e.hidden = false group by e""")
    List<EntityCount> findCounted(Collection<EntityType> types);

    /** The hidden entities, by type and name, for the curation page. */
    @Query("select e from NamedEntity e where e.hidden = true order by e.type, e.name")
    List<NamedEntity> findHidden(Limit limit);

    /** Entities of one type by the number of articles mentioning them, most mentioned first. */
    @Query(value = """
            select new org.newsbrowser.entity.EntityCount(e, count(ap)) from Appearance ap join ap.entity e
            where e.type = :type and e.hidden = false group by e order by count(ap) desc, e.name""",
            countQuery = """
            select count(e) from NamedEntity e
            where e.type = :type and e.hidden = false and exists (select 1 from Appearance ap where ap.entity = e)""")
    Page<EntityCount> findIndex(EntityType type, Pageable pageable);

    /**
     * Every entity mentioned in an article with the given one, hidden ones too, with the number of such articles,
     * most shared first. Counted over appearances alone: joining each appearance to its entity cost about four
     * times the count, so {@link #findCoMentioned} reads the entities afterwards, only as many as its lists need.
     */
    @Query("""
            select new org.newsbrowser.entity.EntityIdCount(ap2.entity.id, count(ap2))
            from Appearance ap1 join Appearance ap2 on ap2.article = ap1.article
            where ap1.entity.id = :id and ap2.entity.id <> :id
            group by ap2.entity.id order by count(ap2) desc""")
    List<EntityIdCount> countCoMentions(Long id);

    /**
     * The entities most often mentioned in the same articles as the given one: the first {@code perType} of each
     * type not hidden (an empty list for a type with none), most shared articles first, then by name. Two
     * statements when the {@value TopEntities#FIRST_READ} most shared entities settle every type's list, as they
     * nearly always do.
     */
    default Map<EntityType, List<EntityCount>> findCoMentioned(Long id, int perType) {
        return TopEntities.byType(countCoMentions(id), EnumSet.allOf(EntityType.class), perType, List.of(),
                this::findAllById);
    }
}
