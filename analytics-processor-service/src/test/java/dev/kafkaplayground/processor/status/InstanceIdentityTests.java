package dev.kafkaplayground.processor.status;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceIdentityTests {

	@Test
	void shouldUseTheConfiguredIdAndTheActualPort() {
		MockEnvironment environment = new MockEnvironment().withProperty("server.port", "0")
			.withProperty("local.server.port", "41234");
		InstanceIdentity identity = InstanceIdentity.of("processor-3", environment);
		assertThat(identity.instanceId()).isEqualTo("processor-3");
		assertThat(identity.port()).isEqualTo(41234);
		assertThat(identity.host()).isNotBlank();
	}

	@Test
	void shouldDefaultToHostAndPortSoThatReplicasAndLocalInstancesDiffer() {
		InstanceIdentity identity = InstanceIdentity.of(null,
				new MockEnvironment().withProperty("server.port", "8083"));
		assertThat(identity.instanceId()).isEqualTo(identity.host() + ":8083");
		assertThat(identity.port()).isEqualTo(8083);
	}

}
