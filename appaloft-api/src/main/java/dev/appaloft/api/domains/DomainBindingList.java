package dev.appaloft.api.domains;

import java.util.List;

public record DomainBindingList(List<DomainBindingView> items) {
}
