package dev.kafkaplayground.processor.status;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.core.env.Environment;

/**
 * Who the status records speak for.
 *
 * @param instanceId the record key
 * @param host the host name of the machine or container
 * @param port the instance's HTTP port
 */
record InstanceIdentity(String instanceId, String host, int port) {

	/**
	 * The identity of this instance: the configured id, or {@code <host>:<port>}. Call it
	 * once the web server has started, so that a random port ({@code server.port=0}) is
	 * known.
	 */
	static InstanceIdentity of(String configuredId, Environment environment) {
		String host = hostName();
		int port = environment.getProperty("local.server.port", Integer.class,
				environment.getProperty("server.port", Integer.class, 8080));
		return new InstanceIdentity((configuredId != null) ? configuredId : host + ":" + port, host, port);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
