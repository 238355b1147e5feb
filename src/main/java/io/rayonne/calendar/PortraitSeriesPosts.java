package io.rayonne.calendar;

import io.rayonne.base.Channel;
import io.rayonne.portraits.Portrait;
import io.rayonne.portraits.PortraitSeries;
import io.rayonne.portraits.Portraits;
import io.rayonne.portraits.Series;
import io.rayonne.portraits.SeriesScheduled;
import io.rayonne.portraits.SeriesUnscheduled;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A portrait series scheduled becomes one planned post per portrait, in the same action: on the
 * portrait's day, with the series' ready-to-post text for each of its channels, the portrait's
 * photos, and a link to the portrait. Unscheduled, what was planned and not published is called off.
 */
@Component
class PortraitSeriesPosts {

    private final Posts posts;
    private final Series series;
    private final Portraits portraits;

    PortraitSeriesPosts(Posts posts, Series series, Portraits portraits) {
        this.posts = posts;
        this.series = series;
        this.portraits = portraits;
    }

    @EventListener
    void scheduled(SeriesScheduled event) {
        PortraitSeries scheduled = event.series();
        List<Post.Draft> drafts = new ArrayList<>();
        for (PortraitSeries.Slot slot : scheduled.slots()) {
            Portrait portrait = portraits.get(slot.portraitId());
            Map<Channel, String> texts = new EnumMap<>(Channel.class);
            for (Channel channel : scheduled.plan().channels()) {
                texts.put(channel, series.export(scheduled.id(), portrait.id(), channel));
            }
            drafts.add(new Post.Draft(
                    "Portrait : " + portrait.text().displayName(),
                    texts,
                    "",
                    scheduled.plan().name(),
                    slot.at(),
                    portrait.text().photoIds(),
                    List.of(new Post.Link(Post.Link.Kind.PORTRAIT, portrait.id()))));
        }
        posts.planPortraitSeries(scheduled.id(), scheduled.officeId(), drafts);
    }

    @EventListener
    void unscheduled(SeriesUnscheduled event) {
        posts.callOffPortraitSeries(event.series().id());
    }
}
