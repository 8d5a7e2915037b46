package org.newsbrowser.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;

class ResolvedEntitiesTests {

    @Test
    void theLeastRecentlyUsedEntityIsForgottenBeyondTheCapacity() {
        ResolvedEntities resolved = new ResolvedEntities(2);
        NamedEntity putin = NamedEntity.create(EntityType.PERSON, "Vladimir Putin", "vladimir putin", null);
        NamedEntity nato = NamedEntity.create(EntityType.ORGANIZATION, "NATO", "nato", null);
        NamedEntity opec = NamedEntity.create(EntityType.ORGANIZATION, "OPEC", "opec", null);
        resolved.put(EntityType.PERSON, "vladimir putin", putin);
        resolved.put(EntityType.ORGANIZATION, "nato", nato);
        assertThat(resolved.get(EntityType.PERSON, "vladimir putin")).isSameAs(putin);
        resolved.put(EntityType.ORGANIZATION, "opec", opec);

        assertThat(resolved.size()).isEqualTo(2);
        assertThat(resolved.get(EntityType.ORGANIZATION, "nato")).isNull();
        assertThat(resolved.get(EntityType.PERSON, "vladimir putin")).isSameAs(putin);
        assertThat(resolved.get(EntityType.ORGANIZATION, "opec")).isSameAs(opec);
    }

    @Test
    void theSameKeyUnderAnotherTypeIsAnotherEntity() {
        ResolvedEntities resolved = new ResolvedEntities();
        resolved.put(EntityType.PERSON, "jordan", NamedEntity.create(EntityType.PERSON, "Jordan", "jordan", null));

        assertThat(resolved.get(EntityType.TOPIC, "jordan")).isNull();
    }

    @Test
    void aKeyLookedUpAsNewIsNewUntilItsEntityIsCreatedOrTheBatchEnds() {
        ResolvedEntities resolved = new ResolvedEntities();
        resolved.putNew(EntityType.PERSON, "ada lovelace");
        resolved.putNew(EntityType.PERSON, "alan turing");
        assertThat(resolved.isNew(EntityType.PERSON, "ada lovelace")).isTrue();
        assertThat(resolved.isNew(EntityType.ORGANIZATION, "ada lovelace")).isFalse();

        resolved.put(EntityType.PERSON, "ada lovelace",
                NamedEntity.create(EntityType.PERSON, "Ada Lovelace", "ada lovelace", null));
        assertThat(resolved.isNew(EntityType.PERSON, "ada lovelace")).as("created").isFalse();
        assertThat(resolved.isNew(EntityType.PERSON, "alan turing")).isTrue();

        resolved.endBatch();
        assertThat(resolved.isNew(EntityType.PERSON, "alan turing")).as("another writer may create it now").isFalse();
        assertThat(resolved.get(EntityType.PERSON, "ada lovelace")).isNotNull();
    }
}
