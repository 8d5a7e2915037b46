/**
 * Quoted speech: who said what. {@link org.newsbrowser.quote.QuoteAttributor} finds quotes and their speakers at
 * ingest; {@link org.newsbrowser.quote.Quote} rows are written with the article's mentions and shown on person and
 * article pages.
 */
package org.newsbrowser.quote;
