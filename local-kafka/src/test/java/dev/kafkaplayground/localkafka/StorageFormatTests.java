package dev.kafkaplayground.localkafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StorageFormatTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldFormatANewFolderOnceAndKeepItsClusterId() throws IOException {
		BrokerOptions options = new BrokerOptions(this.dataDir, "localhost", 9092, 9093);
		Path config = new BrokerConfig(options).writeTo(this.dataDir.resolve(LocalKafkaBroker.CONFIG_FILE));
		StorageFormat format = new StorageFormat(options);
		assertThat(format.isFormatted()).isFalse();

		assertThat(format.formatOnce(config)).isTrue();
		String clusterId = Files.readString(this.dataDir.resolve(StorageFormat.CLUSTER_ID_FILE)).strip();
		assertThat(format.isFormatted()).isTrue();
		assertThat(options.logDir().resolve("meta.properties")).content().contains("cluster.id=" + clusterId);

		assertThat(format.formatOnce(config)).isFalse();
		assertThat(this.dataDir.resolve(StorageFormat.CLUSTER_ID_FILE)).content().isEqualToIgnoringNewLines(clusterId);
	}

}
