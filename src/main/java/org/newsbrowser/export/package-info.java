/**
 * Downloads: the CSV writing shared by the exports of the article list, an entity's co-mentions and the network,
 * and the response headers that make a browser save them as files.
 */
package org.newsbrowser.export;
