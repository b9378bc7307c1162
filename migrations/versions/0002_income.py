"""Income records per asset and period, and self-check settings per category.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 13:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_AMOUNTS = ('rent', 'sales', 'power_revenue', 'power_subsidy', 'dividend', 'other_income',
            'land_rent', 'maintenance', 'insurance', 'other_cost', 'net')


def upgrade() -> None:
    op.create_table(
        'income_records',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('asset_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('quarter', sa.Integer(), nullable=False),
        # amounts are scaled integers (fen), see desktop/models/types.py
        *[sa.Column(name, sa.BigInteger(), nullable=False) for name in _AMOUNTS],
        sa.Column('kwh', sa.BigInteger(), nullable=True),  # thousandths of a kWh
        sa.Column('received_on', sa.Date(), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['asset_id'], ['assets.id'], name=op.f('fk_income_records_asset_id_assets')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_income_records')),
        sa.UniqueConstraint('asset_id', 'year', 'quarter', name=op.f('uq_income_records_asset_id_year_quarter')),
    )
    with op.batch_alter_table('income_records', schema=None) as batch_op:
        batch_op.create_index('ix_income_records_year_asset', ['year', 'asset_id'], unique=False)

    op.create_table(
        'category_settings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('category', sa.String(length=20), nullable=False),
        sa.Column('return_threshold', sa.BigInteger(), nullable=False),  # hundredths of a percent
        sa.Column('idle_months', sa.Integer(), nullable=False),
        sa.Column('expiry_days', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_category_settings')),
        sa.UniqueConstraint('category', name=op.f('uq_category_settings_category')),
    )


def downgrade() -> None:
    op.drop_table('category_settings')
    with op.batch_alter_table('income_records', schema=None) as batch_op:
        batch_op.drop_index('ix_income_records_year_asset')
    op.drop_table('income_records')
