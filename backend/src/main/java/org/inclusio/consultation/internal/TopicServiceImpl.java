package org.inclusio.consultation.internal;

import org.inclusio.consultation.Topic;
import org.inclusio.consultation.TopicService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
@Transactional(readOnly = true)
class TopicServiceImpl implements TopicService {

    private final TopicRepository topics;

    TopicServiceImpl(TopicRepository topics) {
        this.topics = topics;
    }

    @Override
    public List<Topic> list() {
        return topics.findAllByOrderByPosition().stream().map(TopicEntity::toView).toList();
    }
}
