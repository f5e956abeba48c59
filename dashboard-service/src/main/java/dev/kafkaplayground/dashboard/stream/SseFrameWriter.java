package dev.kafkaplayground.dashboard.stream;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.http.codec.HttpMessageWriter;

/**
 * Writes {@link SseFrame}s as {@code text/event-stream}: each frame's bytes, wrapped
 * without copying, and flushed at once, as Spring's own writer of server-sent events
 * does. Registered with the application's codecs ({@link StreamCodecs}).
 */
final class SseFrameWriter implements HttpMessageWriter<SseFrame> {

	private static final MediaType EVENT_STREAM = new MediaType(MediaType.TEXT_EVENT_STREAM, StandardCharsets.UTF_8);

	@Override
	public List<MediaType> getWritableMediaTypes() {
		return List.of(EVENT_STREAM);
	}

	@Override
	public boolean canWrite(ResolvableType elementType, MediaType mediaType) {
		return SseFrame.class.isAssignableFrom(elementType.toClass())
				&& (mediaType == null || MediaType.TEXT_EVENT_STREAM.includes(mediaType));
	}

	@Override
	public Mono<Void> write(Publisher<? extends SseFrame> frames, ResolvableType elementType, MediaType mediaType,
			ReactiveHttpOutputMessage message, Map<String, Object> hints) {
		message.getHeaders().setContentType(EVENT_STREAM);
		return message.writeAndFlushWith(
				Flux.from(frames).map((frame) -> Mono.just(message.bufferFactory().wrap(frame.bytes()))));
	}

}
