package org.inclusio.consultation.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.inclusio.consultation.Topic;
import org.inclusio.consultation.TopicService;
import org.inclusio.shared.CursorPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/topics")
@Tag(name = "topics")
class TopicController {

    private final TopicService topics;

    TopicController(TopicService topics) {
        this.topics = topics;
    }

    /** Every topic of the organisation in display order, in one page. */
    @GetMapping
    CursorPage<Topic> list() {
        return new CursorPage<>(topics.list(), null);
    }
}
