# Rayonne from the jar built by ./mvnw -Pproduction package (front-end bundle included).
FROM eclipse-temurin:17-jre
# DejaVu Sans sets every character of French and German in the press kits' PDF.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home /var/lib/rayonne rayonne && mkdir -p /var/lib/rayonne && chown rayonne /var/lib/rayonne
WORKDIR /var/lib/rayonne
COPY target/rayonne-*-SNAPSHOT.jar /opt/rayonne/rayonne.jar
USER rayonne
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx1g", "-jar", "/opt/rayonne/rayonne.jar"]
