package org.sojourn;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements and the transactions one HTTP request runs, whatever sends them (Hibernate, the engine's
 * MyBatis, JDBC templates, Spring Session): a request carrying the header {@value #HEADER} has every statement
 * executed on its thread, from the first filter to the end of the response, counted under the header's value. Tests
 * use it to prove that a list's statements do not grow with its rows and that a request pays no more transactions
 * than it needs; without the header nothing is counted.
 */
@TestComponent
public class StatementCounter {

	public static final String HEADER = "X-Test-Count-Statements";

	/** What {@link #sql} lists for a commit or rollback of a connection's transaction. */
	public static final String COMMIT = "<commit>";

	public static final String ROLLBACK = "<rollback>";

	private static final String AUTO_COMMITTED = "<auto-commit> ";

	private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();

	private final Map<String, List<String>> counts = new ConcurrentHashMap<>();

	/** The statements counted under the label; 0 when none was. */
	public int statements(String label) {
		return (int) sql(label).stream().filter(s -> !s.equals(COMMIT) && !s.equals(ROLLBACK)).count();
	}

	/**
	 * The transactions counted under the label: each commit or rollback of a connection, and each statement run in
	 * auto-commit mode (its own transaction).
	 */
	public int transactions(String label) {
		return (int) sql(label).stream()
			.filter(s -> s.equals(COMMIT) || s.equals(ROLLBACK) || s.startsWith(AUTO_COMMITTED))
			.count();
	}

	/**
	 * The SQL of the statements counted under the label, in the order they ran, with {@value #COMMIT} and
	 * {@value #ROLLBACK} where a transaction ended and a prefix {@value #AUTO_COMMITTED} on a statement that ran in
	 * auto-commit mode (to see what a request does).
	 */
	public List<String> sql(String label) {
		List<String> statements = counts.get(label);
		return statements == null ? List.of() : List.copyOf(statements);
	}

	@Bean
	static BeanPostProcessor countingDataSources() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource)
						: bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> statementCountingFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						String label = request.getHeader(HEADER);
						if (label == null) {
							chain.doFilter(request, response);
							return;
						}
						CURRENT.set(counts.computeIfAbsent(label, l -> new CopyOnWriteArrayList<>()));
						try {
							chain.doFilter(request, response);
						}
						finally {
							CURRENT.remove();
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						List<String> counted = CURRENT.get();
						if (counted != null && method.getName().equals("commit")) {
							counted.add(COMMIT);
						}
						else if (counted != null && method.getName().equals("rollback")
								&& (args == null || args.length == 0)) {
							counted.add(ROLLBACK);
						}
						Object result = invoke(connection, method, args);
						if (result instanceof Statement statement) {
							String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
							Class<?> type = result instanceof CallableStatement ? CallableStatement.class
									: result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
							return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
									new Class<?>[] { type }, executions(connection, statement, sql));
						}
						return result;
					});
		}

		private static InvocationHandler executions(Connection connection, Statement statement, String prepared) {
			return (proxy, method, args) -> {
				List<String> statements = CURRENT.get();
				if (statements != null && method.getName().startsWith("execute")) {
					String sql = prepared != null ? prepared
							: args != null && args.length > 0 ? String.valueOf(args[0]) : method.getName();
					statements.add(connection.getAutoCommit() ? AUTO_COMMITTED + sql : sql);
				}
				return invoke(statement, method, args);
			};
		}

		private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
		}

	}

}
