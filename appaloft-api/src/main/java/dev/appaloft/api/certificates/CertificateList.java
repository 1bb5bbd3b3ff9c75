package dev.appaloft.api.certificates;

import java.util.List;

/** {@code certificates.list}: newest first. */
public record CertificateList(List<CertificateView> items) {
}
