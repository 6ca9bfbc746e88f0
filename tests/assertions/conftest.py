from tests.assertions._fallback_entities import install

install()
