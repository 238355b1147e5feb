package io.rayonne.samples;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Whether and from where sample content is loaded into an empty store. */
@ConfigurationProperties("rayonne.samples")
public record SampleSettings(@DefaultValue("true") boolean enabled, @DefaultValue("content-samples") Path directory) {}
