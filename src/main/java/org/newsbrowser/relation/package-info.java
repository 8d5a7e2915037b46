/**
 * Relationship pages: how the news names two entities together ({@code /relations?a=person:12&b=country:IR}), with
 * the sentences naming both, the first and last such article and a timeline.
 */
package org.newsbrowser.relation;
