package org.newsbrowser.system;

/**
 * An application event after which pages may show something else: the {@link PageCache} lets go of the pages it
 * keeps once the transaction that publishes it commits. Features implement it on their own change events, so this
 * package needs to know none of them.
 */
public interface PagesChanged {
}
