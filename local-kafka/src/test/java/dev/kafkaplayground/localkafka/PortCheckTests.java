package dev.kafkaplayground.localkafka;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PortCheckTests {

	@Test
	void shouldNameAPortInUseAndTheOptionThatMovesIt() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
			int port = taken.getLocalPort();
			assertThatExceptionOfType(BrokerStartException.class)
				.isThrownBy(() -> PortCheck.ensureFree("localhost", port, "--port"))
				.withMessageContaining("Port " + port + " on localhost is already in use")
				.withMessageContaining("--port");
		}
	}

	@Test
	void shouldAcceptAFreePort() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		assertThatNoException().isThrownBy(() -> PortCheck.ensureFree("localhost", port, "--port"));
	}

	@Test
	void shouldNameAHostThatDoesNotResolve() {
		assertThatExceptionOfType(BrokerStartException.class)
			.isThrownBy(() -> PortCheck.ensureFree("no-such-host.invalid", 9092, "--port"))
			.withMessageContaining("no-such-host.invalid")
			.withMessageContaining("--host");
	}

}
