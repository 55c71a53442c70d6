# Sojourn as a container: built from source, run on a JRE. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 sojourn
COPY --from=build /src/target/sojourn-*.jar /tmp/sojourn-boot.jar
# The jar extracted (Spring Boot's jarmode tools: /app/sojourn.jar and its libraries in /app/lib) rather than run
# nested: classes then load from plain jars on the class path instead of through the nested-jar loader. Measured on
# a fresh PostgreSQL database on the 2-core development machine, process CPU until healthy fell from about 48 to 40 s
# (the bare engine of bench/anchor: from about 22 to 18 s); see the README's "How a node is started".
RUN java -Djarmode=tools -jar /tmp/sojourn-boot.jar extract --destination /app --application-filename sojourn.jar \
 && rm /tmp/sojourn-boot.jar
USER sojourn
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/sojourn.jar"]
