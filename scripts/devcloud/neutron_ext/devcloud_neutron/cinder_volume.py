"""Cinder volume driver for the devcloud only: Cinder's FakeLoggingVolumeDriver plus extend.

FakeLoggingVolumeDriver stores nothing and answers an iSCSI-shaped connection that Nova's fake
driver accepts, but its extend reaches the fake LVM, which has no extend_volume, so every
os-extend ends in error_extending. Nothing is stored, so there is nothing to grow: the call is
traced like the driver's others and Cinder records the new size. Lives in this distribution
(installed into the devcloud's venv) because cinder.conf names drivers by import path.
"""

from cinder.tests import fake_driver
from cinder.volume import volume_utils


class DevcloudVolumeDriver(fake_driver.FakeLoggingVolumeDriver):
    @volume_utils.trace_method
    def extend_volume(self, volume, new_size):
        """Grows nothing (no data is kept); Cinder updates the volume's size."""
