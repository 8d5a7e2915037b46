package org.newsbrowser.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler (a method, or every method of a controller) whose response depends only on its URL and the
 * corpus, so that {@link PageCache} may keep what it renders until the corpus changes. Not for downloads, which can
 * be large, nor for pages that show state of their own, such as the ingest status or the curation queue.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CacheablePage {
}
