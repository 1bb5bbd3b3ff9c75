package dev.appaloft.api.deploytokens;

import java.util.List;

public record DeployTokenList(List<DeployTokenView> items) {
}
