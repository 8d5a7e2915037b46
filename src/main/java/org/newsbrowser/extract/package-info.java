/**
 * Entity extraction: named-entity recognition (CoreNLP), clean-up rules, name-variant merging, country gazetteer and
 * topic detection.
 */
package org.newsbrowser.extract;
