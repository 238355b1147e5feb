package io.rayonne.media;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where photos are kept and what an upload may weigh.
 *
 * @param directory originals, previews and thumbnails, by content hash
 * @param maxUpload the heaviest file accepted
 * @param maxPixels the largest image decoded (width × height): a small file may unpack into a huge
 *     image
 * @param consentWarningDays how long before its end a consent appears in the list to renew
 */
@ConfigurationProperties("rayonne.media")
public record MediaSettings(
        @DefaultValue("data/media") Path directory,
        @DefaultValue("20MB") DataSize maxUpload,
        @DefaultValue("80000000") long maxPixels,
        @DefaultValue("60") int consentWarningDays) {}
