package io.rayonne.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.rayonne.base.Channel;
import io.rayonne.media.Photos;
import io.rayonne.portraits.Portrait;
import io.rayonne.portraits.PortraitSeries;
import io.rayonne.portraits.Portraits;
import io.rayonne.portraits.Series;
import io.rayonne.portraits.SeriesPlan;
import io.rayonne.testing.IntegrationTest;
import io.rayonne.testing.TestPortraits;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A scheduled portrait series is one planned post per portrait, in one action; unscheduled, they are called off. */
class PortraitSeriesPostsIT extends IntegrationTest {

    @Autowired
    Portraits portraits;

    @Autowired
    Photos photos;

    @Autowired
    Series series;

    @Autowired
    Posts posts;

    @Test
    void schedulingASeriesPlansAPostPerPortraitWithItsTextsPhotosAndLink() {
        LocalDate guideDay = LocalDate.now().plusYears(1).withMonth(2).withDayOfMonth(21);
        Portrait first = TestPortraits.approved(portraits, photos, newGuide(), unique("Inès"), guideDay.plusYears(1));
        Portrait second = TestPortraits.approved(portraits, photos, newGuide(), unique("Paul"), guideDay.plusYears(1));
        PortraitSeries created = series.create(new SeriesPlan(
                unique("Portraits de guides"),
                List.of(first.id(), second.id()),
                guideDay,
                7,
                LocalTime.of(10, 0),
                Set.of(Channel.FACEBOOK, Channel.INSTAGRAM),
                "#GuideDay"));

        PortraitSeries scheduled = series.schedule(created.id(), created.revision());

        List<Post> planned = plannedFor(first, second, guideDay);
        assertThat(planned)
                .extracting(Post::plannedAt)
                .containsExactly(guideDay.atTime(10, 0), guideDay.plusDays(7).atTime(10, 0));
        Post one = planned.get(0);
        assertThat(one.title()).isEqualTo("Portrait : " + first.text().displayName());
        assertThat(one.campaign()).isEqualTo(created.plan().name());
        assertThat(one.officeId()).isEqualTo("amiens-metropole");
        // Amiens has each post approved by a colleague: the posts wait in review.
        assertThat(one.status()).isEqualTo(PostStatus.IN_REVIEW);
        assertThat(one.texts())
                .containsOnlyKeys(Channel.FACEBOOK, Channel.INSTAGRAM)
                .containsEntry(Channel.INSTAGRAM, series.export(created.id(), first.id(), Channel.INSTAGRAM));
        assertThat(one.photoIds()).isEqualTo(first.text().photoIds());
        assertThat(one.links()).containsExactly(new Post.Link(Post.Link.Kind.PORTRAIT, first.id()));

        series.unschedule(scheduled.id(), scheduled.revision());
        assertThat(plannedFor(first, second, guideDay))
                .extracting(Post::status)
                .containsExactly(PostStatus.CANCELLED, PostStatus.CANCELLED);
    }

    private List<Post> plannedFor(Portrait first, Portrait second, LocalDate guideDay) {
        Set<Post.Link> portraitLinks = Set.of(
                new Post.Link(Post.Link.Kind.PORTRAIT, first.id()),
                new Post.Link(Post.Link.Kind.PORTRAIT, second.id()));
        return posts.between(List.of("amiens-metropole"), guideDay, guideDay.plusDays(8)).stream()
                .filter(p -> p.links().stream().anyMatch(portraitLinks::contains))
                .toList();
    }
}
