"""PhotoStore: a local folder, and S3 through boto3 against moto's server on loopback."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import boto3
import pytest

from bot.router import Router
from tests.llm_chain.llm_support import Chat, make_png
from wms.core.database import make_session_factory
from wms.core.photos import (
    LocalPhotoStore,
    PhotoError,
    S3PhotoStore,
    photo_store_from_settings,
    prepare_photo,
)
from wms.core.settings import Settings


def test_local_store_keeps_photos_under_household_folders(tmp_path):
    store = LocalPhotoStore(tmp_path / "photos")
    image = make_png()
    key = store.put(image, owner="12")
    assert key.startswith("12/") and key.endswith(".png")
    assert (tmp_path / "photos" / key).read_bytes() == image
    assert store.get(key) == image
    with pytest.raises(PhotoError):
        store.get("../../etc/passwd")
    with pytest.raises(KeyError):
        store.get("12/" + "0" * 32 + ".png")
    with pytest.raises(PhotoError):
        store.put(b"not an image", owner="12")


def test_default_store_is_the_data_dir(tmp_path):
    settings = Settings(_env_file=None, wms_data_dir=tmp_path)  # type: ignore[call-arg]
    store = photo_store_from_settings(settings)
    assert isinstance(store, LocalPhotoStore) and store.root == tmp_path / "photos"


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3_env(s3_endpoint, monkeypatch) -> str:
    monkeypatch.setenv("AWS_ENDPOINT_URL", s3_endpoint)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    boto3.client("s3").create_bucket(Bucket="wms-photos")
    return s3_endpoint


def test_s3_store_from_settings_honours_the_endpoint(s3_env):
    settings = Settings(_env_file=None, wms_photo_store="s3://wms-photos/photos")  # type: ignore[call-arg]
    store = photo_store_from_settings(settings)
    assert isinstance(store, S3PhotoStore)
    image = make_png(rgb=(1, 2, 3))
    key = store.put(image, owner="7")
    assert store.get(key) == image
    listed = boto3.client("s3").list_objects_v2(Bucket="wms-photos")["Contents"]
    assert [entry["Key"] for entry in listed] == [f"photos/{key}"]
    head = boto3.client("s3").head_object(Bucket="wms-photos", Key=f"photos/{key}")
    assert head["ContentType"] == "image/png"
    with pytest.raises(KeyError):
        store.get("7/" + "0" * 32 + ".png")


def test_a_photo_stored_through_the_router_lands_in_s3(s3_env, engine, services, fake_llm):
    store = S3PhotoStore("wms-photos", "router")
    chat = Chat(
        Router(make_session_factory(engine), llm=services, photos=store), f"s3-{uuid.uuid4().hex}"
    )
    fake_llm.enqueue({"name": "camping stove", "search_terms": ["stove"]})
    image = make_png(rgb=(9, 9, 9))
    assert "Stored camping stove in Shed." in chat.send("put this in the shed", photo=image).text
    fake_llm.enqueue({"name": "camping stove"})
    reply = chat.send(photo=make_png())
    assert "camping stove: Shed" in reply.text
    assert store.get(reply.photo_key) == prepare_photo(image).data
