package org.newsbrowser.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Indexes an article's date as its day in UTC, the day the timeline puts it on, so that a search counts its
 * results per day in the index ({@link SearchFields#PUBLISHED_DAY}).
 */
public class UtcDayBridge implements ValueBridge<Instant, LocalDate> {

    @Override
    public LocalDate toIndexedValue(Instant value, ValueBridgeToIndexedValueContext context) {
        return value == null ? null : LocalDate.ofInstant(value, ZoneOffset.UTC);
    }
}
