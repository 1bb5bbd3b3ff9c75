/** Records of {@code auditEvents.*}: reading, exporting and pruning the audit stream, its archives and legal holds. */
package dev.appaloft.api.audit;
