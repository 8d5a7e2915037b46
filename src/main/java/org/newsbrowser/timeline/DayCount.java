package org.newsbrowser.timeline;

import java.time.LocalDate;

/** The articles (and, for an entity, its mentions) dated on one day. */
public record DayCount(LocalDate day, long articles, long mentions) {
}
