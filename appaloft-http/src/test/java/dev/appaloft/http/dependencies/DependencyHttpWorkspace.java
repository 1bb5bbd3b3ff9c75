package dev.appaloft.http.dependencies;

import static dev.appaloft.http.ApiResponses.id;

import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.deployments.FakeVolumes;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.ApiClient;
import dev.appaloft.http.TestHttpServer;

/** What the dependency HTTP scenarios start from: a server over a fake machine, a project, its environment and a server record. */
record DependencyHttpWorkspace(FakeRuntime runtime, TestHttpServer server, ApiClient api, String project, String env,
                               String serverId) implements AutoCloseable {

    static DependencyHttpWorkspace open(Store store, String token) {
        FakeRuntime runtime = new FakeRuntime();
        runtime.volumes = new FakeVolumes();
        AppaloftEngine engine = AppaloftEngine.builder().store(store)
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .dailyHousekeeping(false).build();
        TestHttpServer server = TestHttpServer.serve(engine, token);
        ApiClient api = server.api();
        String project = id(api.post("/api/projects", "{\"name\":\"shop\"}"));
        String env = id(api.post("/api/environments", "{\"projectId\":\"" + project
                + "\",\"name\":\"production\",\"kind\":\"production\"}"));
        String serverId = id(api.post("/api/servers",
                "{\"name\":\"local\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}"));
        return new DependencyHttpWorkspace(runtime, server, api, project, env, serverId);
    }

    @Override
    public void close() {
        server.close();
    }
}
