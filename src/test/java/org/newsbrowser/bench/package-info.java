/**
 * Benchmarks and the corpus generator: command-line programs run by the scripts in {@code bench/}, never by the
 * test suite (performance is measured by a separate command, with its figures in {@code docs/BENCHMARKS.md}).
 */
package org.newsbrowser.bench;
