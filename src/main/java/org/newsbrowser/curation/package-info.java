/**
 * Curation: merging, renaming and hiding entities by hand, each logged with who did it and undoable, kept as
 * name-key decisions that ingest consults so they survive re-ingest; and the review queue of likely merges.
 */
package org.newsbrowser.curation;
