package dev.kafkaplayground.localkafka;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/**
 * Checks that the broker's ports are free before Kafka tries them, so that a second
 * playground or another Kafka on the same port gets a plain message rather than a stack
 * trace from deep inside the broker's start-up.
 */
final class PortCheck {

	private PortCheck() {
	}

	/**
	 * Fails with a message naming the port and the option that moves it when
	 * {@code host:port} cannot be bound.
	 */
	static void ensureFree(String host, int port, String option) {
		InetSocketAddress address = new InetSocketAddress(host, port);
		if (address.isUnresolved()) {
			throw new BrokerStartException("Host '" + host + "' (option --host) does not resolve to an address",
					new UnknownHostException(host));
		}
		try (ServerSocket socket = new ServerSocket()) {
			// sockets a previous run left in TIME_WAIT are no obstacle to the broker
			socket.setReuseAddress(true);
			socket.bind(address);
		}
		catch (BindException ex) {
			if (String.valueOf(ex.getMessage()).contains("in use")) {
				throw new BrokerStartException(
						"Port " + port + " on " + host + " is already in use: is another Kafka"
								+ " broker or playground running? Stop it or choose another port with " + option + ".",
						ex);
			}
			throw new BrokerStartException("Cannot listen on " + host + ":" + port + ": " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new BrokerStartException("Cannot listen on " + host + ":" + port + ": " + ex.getMessage(), ex);
		}
	}

}
