package dev.kafkaplayground.benchmarks.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MemoryProbeTests {

	@Test
	void shouldReadTheHeapInUseOfG1() {
		String heapInfo = """
				12345:
				 garbage-first heap   total 262144K, used 45678K [0x00000000f0000000, 0x0000000100000000)
				  region size 1024K, 3 young (3072K), 0 survivors (0K)
				 Metaspace       used 61234K, committed 61888K, reserved 1114112K
				  class space    used 7890K, committed 8192K, reserved 1048576K
				""";

		assertThat(MemoryProbe.heapUsedKb(heapInfo)).isEqualTo(45678);
	}

	@Test
	void shouldAddUpTheGenerationsOfSerialAndParallelHeaps() {
		String heapInfo = """
				12345:
				 def new generation   total 9792K, used 1234K [0x00000000f0000000, 0x00000000f0aa0000)
				  eden space 8704K,  14% used
				 tenured generation   total 21888K, used 20000K [0x00000000f5550000, 0x00000000f6ab0000)
				 Metaspace       used 61234K, committed 61888K, reserved 1114112K
				""";

		assertThat(MemoryProbe.heapUsedKb(heapInfo)).isEqualTo(21234);
	}

	@Test
	void shouldRefuseAnOutputWithoutHeap() {
		assertThatIllegalArgumentException().isThrownBy(() -> MemoryProbe.heapUsedKb("12345:\nCould not attach"));
	}

}
