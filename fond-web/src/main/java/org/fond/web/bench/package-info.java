/**
 * Load for the web server: {@link org.fond.web.bench.WebLoad} drives the search API and the record
 * pages with many concurrent clients and reports throughput and latency. A benchmark, run by
 * {@code fond bench web}, not a timed test.
 */
package org.fond.web.bench;
