# Elasticsearch 8.19.21 with Rayonne's French analysis plugin, so that one mapping serves everywhere.
# Built by docker-compose after ./mvnw package has produced target/rayonne-analysis-plugin.zip.
FROM docker.elastic.co/elasticsearch/elasticsearch:8.19.21
COPY target/rayonne-analysis-plugin.zip /tmp/rayonne-analysis-plugin.zip
RUN bin/elasticsearch-plugin install --batch file:///tmp/rayonne-analysis-plugin.zip \
 && rm /tmp/rayonne-analysis-plugin.zip
