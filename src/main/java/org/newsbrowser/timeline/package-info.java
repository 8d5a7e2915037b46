/**
 * Time: {@link org.newsbrowser.timeline.Timeline} turns per-day counts into bars by day, week, month or year, drawn
 * as an SVG on the article list and entity pages; each bar links to the list narrowed to its days, and
 * {@code static/js/timeline.js} lets a mouse brush a range of bars.
 */
package org.newsbrowser.timeline;
