package io.rayonne.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.rayonne.base.NotFoundException;
import io.rayonne.calendar.Post;
import io.rayonne.portraits.Portrait;
import io.rayonne.portraits.PortraitStatus;
import io.rayonne.portraits.Portraits;
import io.rayonne.press.PressKit;
import io.rayonne.press.PressKits;
import io.rayonne.press.PressVisits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a post is about: a guide's portrait, a press visit, a press kit of the office, each opening
 * the thing itself. Picked by kind, then by name.
 */
class PostLinksPanel extends VerticalLayout {

    /** Something a post may be about, as offered in the list. */
    record Target(Post.Link link, String title, String route) {}

    private final Portraits portraits;
    private final PressVisits visits;
    private final PressKits kits;
    private final String officeId;
    private final Div list = new Div();
    private final Select<Post.Link.Kind> kind = new Select<>();
    private final ComboBox<Target> target = new ComboBox<>();
    private final FlexLayout adder;
    private final List<Post.Link> links = new ArrayList<>();
    private boolean editable = true;

    PostLinksPanel(Portraits portraits, PressVisits visits, PressKits kits, String officeId) {
        this.portraits = portraits;
        this.visits = visits;
        this.kits = kits;
        this.officeId = officeId;
        setPadding(false);
        addClassName("rayonne-post-links");
        list.addClassName("rayonne-post-link-list");
        kind.setLabel(getTranslation("calendar.links.kind"));
        kind.setItems(Post.Link.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.key()));
        kind.addValueChangeListener(e -> offer(e.getValue()));
        target.setLabel(getTranslation("calendar.links.target"));
        target.setItemLabelGenerator(Target::title);
        target.setWidth("22rem");
        var add = new Button(getTranslation("calendar.links.add"), VaadinIcon.LINK.create(), e -> add());
        adder = new FlexLayout(kind, target, add);
        adder.addClassName("rayonne-post-link-adder");
        adder.setAlignItems(Alignment.BASELINE);
        add(list, adder);
        kind.setValue(Post.Link.Kind.PORTRAIT);
    }

    void setValue(List<Post.Link> value, boolean mayEdit) {
        links.clear();
        links.addAll(value);
        editable = mayEdit;
        adder.setVisible(mayEdit);
        refresh();
    }

    List<Post.Link> getValue() {
        return List.copyOf(links);
    }

    private void add() {
        Target chosen = target.getValue();
        if (chosen == null) {
            target.setErrorMessage(getTranslation("calendar.links.choose"));
            target.setInvalid(true);
            return;
        }
        target.setInvalid(false);
        if (!links.contains(chosen.link())) {
            links.add(chosen.link());
        }
        target.clear();
        refresh();
    }

    private void refresh() {
        list.removeAll();
        if (links.isEmpty()) {
            var empty = new Paragraph(getTranslation("calendar.links.empty"));
            empty.addClassName("rayonne-help");
            list.add(empty);
        }
        for (Post.Link link : links) {
            var badge = new Span(getTranslation(link.kind().key()));
            badge.getElement().getThemeList().add("badge");
            var row = new Div(badge);
            row.addClassName("rayonne-post-link");
            Optional<Target> found = resolve(link);
            if (found.isPresent()) {
                row.add(new Anchor(found.get().route(), found.get().title()));
            } else {
                var gone = new Span(getTranslation("calendar.links.gone"));
                gone.addClassName("rayonne-help");
                row.add(gone);
            }
            if (editable) {
                var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    links.remove(link);
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("calendar.links.remove"));
                row.add(remove);
            }
            list.add(row);
        }
    }

    private void offer(Post.Link.Kind shown) {
        try {
            target.setItems(
                    switch (shown) {
                        case PORTRAIT ->
                            portraits.all().stream()
                                    .filter(p -> p.officeId().equals(officeId) && offered(p.status()))
                                    .map(PostLinksPanel::target)
                                    .sorted(Comparator.comparing(Target::title))
                                    .toList();
                        case PRESS_VISIT ->
                            visits.mine().stream()
                                    .map(v -> new Target(
                                            new Post.Link(Post.Link.Kind.PRESS_VISIT, v.id()),
                                            v.subject(),
                                            "presse/accueils/" + v.id()))
                                    .toList();
                        case PRESS_KIT ->
                            kits.mine().stream().map(PostLinksPanel::target).toList();
                    });
        } catch (DataAccessException | AccessDeniedException e) {
            target.setItems(List.of());
        }
    }

    private static boolean offered(PortraitStatus status) {
        return status == PortraitStatus.APPROVED
                || status == PortraitStatus.SCHEDULED
                || status == PortraitStatus.PUBLISHED;
    }

    private Optional<Target> resolve(Post.Link link) {
        try {
            return Optional.of(
                    switch (link.kind()) {
                        case PORTRAIT -> target(portraits.get(link.id()));
                        case PRESS_VISIT -> {
                            var v = visits.get(link.id());
                            yield new Target(link, v.subject(), "presse/accueils/" + v.id());
                        }
                        case PRESS_KIT -> target(kits.get(link.id()));
                    });
        } catch (NotFoundException | AccessDeniedException | DataAccessException e) {
            return Optional.empty();
        }
    }

    private static Target target(Portrait p) {
        return new Target(
                new Post.Link(Post.Link.Kind.PORTRAIT, p.id()), p.text().displayName(), "portraits/" + p.id());
    }

    private static Target target(PressKit k) {
        return new Target(
                new Post.Link(Post.Link.Kind.PRESS_KIT, k.id()),
                k.titles().getOrDefault(PressKit.FRENCH, k.id()),
                "presse/dossiers/" + k.id());
    }
}
