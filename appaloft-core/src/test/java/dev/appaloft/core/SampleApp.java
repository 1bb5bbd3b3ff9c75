package dev.appaloft.core;

import dev.appaloft.api.Appaloft;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;

/** The app most scenarios deploy: project "shop", its production environment, an image resource "web" on port 8080 and a local server. */
record SampleApp(String project, String env, String resource, String server) {

    static SampleApp create(Appaloft.Session as) {
        String project = as.projects().create(CreateProjectInput.named("shop")).id();
        String env = as.environments().create(new CreateEnvironmentInput(project, "production", EnvironmentKind.PRODUCTION,
                null)).id();
        String resource = as.resources().create(new CreateResourceInput(project, env, null, "web", null, null, null,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "local/app:1"), null, NetworkProfile.port(8080))).id();
        String server = as.servers().create(CreateServerInput.localShell("this host")).id();
        return new SampleApp(project, env, resource, server);
    }
}
