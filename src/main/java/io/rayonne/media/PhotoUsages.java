package io.rayonne.media;

import java.util.Collection;
import java.util.List;

/**
 * Implemented by each feature that uses photos, so that the list of consents to renew can say where
 * each photo appears without the media module knowing the features.
 */
public interface PhotoUsages {

    /** The usages, visible to the current user, of these photos. */
    List<PhotoUsage> usagesOf(Collection<String> photoIds);
}
