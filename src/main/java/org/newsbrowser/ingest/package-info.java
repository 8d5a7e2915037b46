/**
 * Ingestion: reading article files (text, HTML), titles, boilerplate removal, and loading them into the database.
 */
package org.newsbrowser.ingest;
